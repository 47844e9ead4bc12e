/** One API or interface listed in an existing register, whatever the register's format. */
export interface CatalogueEntry {
  catalogue: string;
  /** Stable key for re-import, e.g. catalogue:nhs-wales:mpi/pix. */
  key: string;
  file: string;
  line?: number;
  name: string;
  /** The system that offers it, when the register says. */
  system?: string;
  systemDescription?: string;
  /** Organisation that runs it. */
  organisation?: string;
  description?: string;
  /** API style as the register says it (SOAP, REST/FHIR, ...). */
  type?: string;
  status?: string;
  ownerTeam?: string;
  access?: string;
  url?: string;
  documentation?: string;
  endDate?: string;
  facts: Array<[string, string]>;
}
