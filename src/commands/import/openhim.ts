import { formatImportCommand } from '../../cli/format-import.js';

const ImportOpenhim = formatImportCommand(
  'openhim',
  "Draft one spec per flow from OpenHIM configuration exports: clients allowed by a channel's roles are the sources, each route the destination; a route to a registered mediator hands on to the mediator, and the addresses in its configuration are where it sends next. Password hashes, salts and tokens are never copied.",
  ['<%= config.bin %> import openhim openhim-export.json'],
  'OpenHIM export',
);
export default ImportOpenhim;
