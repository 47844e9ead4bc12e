/** Which network a host is on, as far as its address tells: loopback or a private range. */
export function networkOfHost(raw: string | undefined): 'local-host' | 'internal' | undefined {
  const host = (raw ?? '')
    .toLowerCase()
    .trim()
    .replace(/^\[|\]$/g, '');
  if (!host || /[$%{(]/.test(host)) return undefined;
  if (host === 'localhost' || host === '::1' || /^127\./.test(host)) return 'local-host';
  if (/^10\./.test(host) || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host))
    return 'internal';
  return undefined;
}
