import { formatImportCommand } from '../../cli/format-import.js';

const ImportIguana = formatImportCommand(
  'iguana',
  "Draft one spec per flow from Iguana channel configurations (Iguana 6 Channels/<name>/ChannelConfiguration.xml, Iguana 5 channel exports, export archives). Source and destination components give transport, ports, folders and retries; channels that read another channel's queue, or send to a local port another channel listens on, are linked. Message types are chosen in Lua and are left blank.",
  ['<%= config.bin %> import iguana Channels/'],
  'Iguana channel configuration',
);
export default ImportIguana;
