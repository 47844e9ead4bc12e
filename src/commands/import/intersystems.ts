import { formatImportCommand } from '../../cli/format-import.js';

const ImportIntersystems = formatImportCommand(
  'intersystems',
  "Draft one spec per flow from InterSystems productions (Ensemble, HealthShare, IRIS for Health): production classes (.cls) and exports (XML), with the routing-rule classes and system default settings given in the same run merged in. Each item's class gives the transport and its settings the ports, hosts, paths and HL7 schema; TargetConfigNames and the routing rules' sends give the path and the message types per target; disabled items are drafted as retired.",
  ['<%= config.bin %> import intersystems src/Demo/Production.cls src/Demo/RoutingRule.cls'],
  'InterSystems production',
);
export default ImportIntersystems;
