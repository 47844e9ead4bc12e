import { formatImportCommand } from '../../cli/format-import.js';

const ImportCloverleaf = formatImportCommand(
  'cloverleaf',
  'Draft one spec per flow from Cloverleaf sites: NetConfig files (protocol threads as Tcl keyed lists), or a dump of thread bodies. PROTOCOL gives the transport, host and port; DATAXLATE routes by TRXID give the destination threads and message types; a thread sending to a local port another site listens on is linked to it. A port listing is reported as an inventory.',
  ['<%= config.bin %> import cloverleaf /hci/integrator/adt/NetConfig'],
  'Cloverleaf NetConfig',
);
export default ImportCloverleaf;
