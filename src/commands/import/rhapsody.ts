import { formatImportCommand } from '../../cli/format-import.js';

const ImportRhapsody = formatImportCommand(
  'rhapsody',
  'Draft one spec per flow from Rhapsody configurations: the engine XML (Rhapsody 4 to 7, also inside .rlc archives) and the REST API configuration XML of Rhapsody 6 and 7 with lockers. Communication points give transport, host, port, directory and URL; routes and the filters that send from one route into another give source, destinations and path; $(variables) are resolved where the file defines them and named otherwise; folders and lockers become tags. Stored passwords, encrypted or not, are never copied.',
  ['<%= config.bin %> import rhapsody configs/engine.rlc'],
  'Rhapsody configuration',
);
export default ImportRhapsody;
