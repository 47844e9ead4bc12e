import type { OrganisationConfig } from '../../model/estate.js';
import { informationStandardsOnSuppliers } from '../../catalogue/information-standards.js';

/** How the organisation's DCB role changes the words of every clinical-safety artefact. */
export interface RoleWording {
  /** "DCB0160", "DCB0129", or "DCB0129 and DCB0160". */
  standards: string;
  /** Full standard names with versions. */
  standardTitles: string[];
  /** "deploying organisation", "manufacturer", "manufacturer and deploying organisation". */
  role: string;
  /** What the safety case argues the integrations are safe for. */
  safeFor: string;
  /** Paragraphs on the organisation's duties under its standard(s). */
  duties: string[];
}

const dcb0129 =
  'DCB0129 v4.2: Clinical Risk Management: its Application in the Manufacture of Health IT Systems';
const dcb0160 =
  'DCB0160 v3.2: Clinical Risk Management: its Application in the Deployment and Use of Health IT Systems';

const manufacturerDuty =
  'As manufacturer, the organisation runs a clinical risk management process across the lifecycle of the integrations it builds and maintains, keeps this hazard log under the review of its Clinical Safety Officer, and gives deploying organisations the hazards and controls they need for their own DCB0160 safety cases.';
const deployerDuty =
  "As deploying organisation, the organisation assesses the clinical risk of deploying and using these integrations in its care settings, reviews each supplier's clinical safety case report and hazard log, and carries the supplier hazards that apply into this log with its own local controls.";

export function roleWording(org: OrganisationConfig): RoleWording {
  switch (org.role) {
    case 'manufacturer':
      return {
        standards: 'DCB0129',
        standardTitles: [dcb0129],
        role: 'manufacturer',
        safeFor: 'release for deployment',
        duties: [manufacturerDuty],
      };
    case 'deploying-organisation':
      return {
        standards: 'DCB0160',
        standardTitles: [dcb0160],
        role: 'deploying organisation',
        safeFor: 'deployment and use',
        duties: [deployerDuty],
      };
    default:
      return {
        standards: 'DCB0129 and DCB0160',
        standardTitles: [dcb0129, dcb0160],
        role: 'manufacturer and deploying organisation',
        safeFor: 'release, deployment and use',
        duties: [manufacturerDuty, deployerDuty],
      };
  }
}

/** DCB0129 and DCB0160 are published under s.250 of the Health and Social Care Act 2012. */
export const legalBasis = `DCB0129 and DCB0160 are information standards under section 250 of the Health and Social Care Act 2012; since 7 July 2025 (Health and Care Act 2022, s.95) organisations within their scope must comply with them. ${informationStandardsOnSuppliers.text}`;
