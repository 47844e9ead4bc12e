// Diagrams use the system Chromium (Debian package `chromium`); never download a browser.
module.exports = { skipDownload: true };
