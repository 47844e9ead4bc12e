import { formatImportCommand } from '../../cli/format-import.js';

const ImportCamel = formatImportCommand(
  'camel',
  'Report the listeners and endpoints of Apache Camel based engines (Spring properties: MLLP and HTTP ports, endpoint URIs, Kafka topics) as an inventory. Their routes are Java code, so no spec is drafted: write specs with govspec new.',
  ['<%= config.bin %> import camel src/main/resources/application.properties'],
  'Camel properties',
);
export default ImportCamel;
