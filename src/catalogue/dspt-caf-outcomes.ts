import type { DsptObjective, DsptOutcome, DsptPrinciple } from './dspt-types.js';

/**
 * CAF-aligned DSPT structure shared by the 2024-25 and 2025-26 editions: objectives A-E, their
 * principles, and the contributing outcomes an integration estate can speak to. Confidence is the
 * source's: 'official' (NHS England page), 'audit-list' (named on an NHS England independent-audit
 * list), 'third-party' (an outcome mapping published by others; titles may differ by year).
 */
export const cafObjectives: readonly DsptObjective[] = [
  { id: 'A', title: 'Managing risk' },
  { id: 'B', title: 'Protecting against cyber attack and data breaches' },
  { id: 'C', title: 'Detecting cyber security events' },
  { id: 'D', title: 'Minimising the impact of incidents' },
  { id: 'E', title: 'Using and sharing information appropriately' },
];

export const cafPrinciples: readonly DsptPrinciple[] = [
  { id: 'A1', objective: 'A', title: 'Governance', confidence: 'third-party' },
  { id: 'A2', objective: 'A', title: 'Risk management', confidence: 'third-party' },
  { id: 'A3', objective: 'A', title: 'Asset management', confidence: 'official' },
  { id: 'A4', objective: 'A', title: 'Supply chain', confidence: 'third-party' },
  { id: 'B1', objective: 'B', title: 'Policy and process', confidence: 'third-party' },
  { id: 'B2', objective: 'B', title: 'Identity and access control', confidence: 'third-party' },
  { id: 'B3', objective: 'B', title: 'Data security', confidence: 'official' },
  { id: 'B4', objective: 'B', title: 'System security', confidence: 'third-party' },
  { id: 'B5', objective: 'B', title: 'Resilient networks and systems', confidence: 'third-party' },
  { id: 'B6', objective: 'B', title: 'Staff awareness and training', confidence: 'third-party' },
  { id: 'C1', objective: 'C', title: 'Security monitoring', confidence: 'official' },
  { id: 'C2', objective: 'C', title: 'Proactive security event discovery', confidence: 'third-party' },
  { id: 'D1', objective: 'D', title: 'Response and recovery planning', confidence: 'third-party' },
  { id: 'D2', objective: 'D', title: 'Lessons learned', confidence: 'third-party' },
  { id: 'E1', objective: 'E', title: 'Transparency', confidence: 'official' },
  { id: 'E2', objective: 'E', title: 'Upholding the rights of individuals', confidence: 'unconfirmed' },
  { id: 'E3', objective: 'E', title: 'Using and sharing information', confidence: 'official' },
  { id: 'E4', objective: 'E', title: 'Managing records', confidence: 'unconfirmed' },
];

const o = (id: string, title: string, confidence: DsptOutcome['confidence'], scope: string): DsptOutcome => ({
  id,
  principle: id.slice(0, 2),
  title,
  confidence,
  scope,
});

export const cafOutcomes: readonly DsptOutcome[] = [
  o('A1.a', 'Board direction', 'audit-list', 'Named SIRO and CSO, and a named owner for every integration.'),
  o(
    'A2.a',
    'Risk management process',
    'official',
    'Hazard log and DPIA risk register per integration, with residual-risk decisions.',
  ),
  o(
    'A3.a',
    'Asset management',
    'official',
    'Every feed, API and file drop as an asset with its systems, owner and retention.',
  ),
  o(
    'A4.a',
    'Supply chain',
    'official',
    'Supplier per system and processor per flow, with agreements and supplier DSPT status.',
  ),
  o(
    'B1.a',
    'Policy, process and procedure development',
    'audit-list',
    'Documented, reviewed operating procedures (runbooks and review cycles) per integration.',
  ),
  o(
    'B2.a',
    'Identity verification, authentication and authorisation',
    'official',
    'How each interface authenticates the sender (mTLS, OAuth 2, NHS CIS2).',
  ),
  o(
    'B2.c',
    'Privileged user management',
    'third-party',
    'Specs do not record service or administrator accounts.',
  ),
  o(
    'B2.d',
    'Identity and access management',
    'third-party',
    'Specs do not record identity and access management.',
  ),
  o(
    'B3.a',
    'Understanding data',
    'official',
    'Record of processing: where data flows, what it is, whose it is, and its safeguards.',
  ),
  o('B3.b', 'Data in transit', 'third-party', 'Encryption in transit declared per flow.'),
  o('B3.c', 'Stored data', 'third-party', 'Specs do not record encryption at rest.'),
  o('B4.a', 'Secure by design', 'audit-list', 'Design controls recorded against hazards.'),
  o(
    'B4.d',
    'Vulnerability management',
    'official',
    'Mostly outside an integration spec: no vulnerability data is recorded.',
  ),
  o('B5.a', 'Resilience preparation', 'audit-list', 'Specs do not record resilience testing.'),
  o('B5.c', 'Backups', 'audit-list', 'Specs do not record backups.'),
  o('C1.a', 'Monitoring coverage', 'official', 'Audit-logging coverage and a monitoring view per interface.'),
  o(
    'C1.b',
    'Securing logs',
    'audit-list',
    'Audit logs readable only by accounts with a business need, protected from change or deletion within their retention period, and kept for a declared period.',
  ),
  o(
    'D1.a',
    'Response plan',
    'official',
    'Interface-failure runbooks and restore targets per live integration.',
  ),
  o('D2.a', 'Incident root cause analysis', 'audit-list', 'Specs do not record post-incident reviews.'),
  o('E1.a', 'Privacy information', 'official', 'The privacy notice that tells individuals about each flow.'),
  o(
    'E2.a',
    'Managing data subject rights under UK GDPR',
    'audit-list',
    'How rights requests and objections are met for each flow.',
  ),
  o('E2.b', 'Consent', 'official', 'Common-law confidentiality basis (consent or otherwise) per flow.'),
  o(
    'E2.c',
    'National data opt-out policy',
    'audit-list',
    'Whether the national data opt-out applies, and is applied, per flow.',
  ),
  o(
    'E3.a',
    'Using and sharing information for direct care',
    'official',
    'Direct-care flows with their Article 6, Article 9 and confidentiality bases.',
  ),
  o(
    'E3.b',
    'Using and sharing information for other purposes',
    'third-party',
    'Secondary-use flows with a basis other than implied consent.',
  ),
  o(
    'E4.a',
    'Managing records',
    'official',
    'Retention schedule for every record copy, message store and audit log.',
  ),
  o('E4.b', 'Clinical coding', 'third-party', 'Code and terminology mappings with a maintainer and tests.'),
];

/**
 * The contributing outcomes an integration spec holds nothing for. Titles are the NCSC Cyber
 * Assessment Framework's (the DSPT uses the same ids); an organisation may still choose any of
 * them for independent audit, so the pack can name them when chosen.
 */
const unmapped = (id: string, title: string): DsptOutcome =>
  o(
    id,
    title,
    'third-party',
    'Integration specs hold nothing for this outcome; evidence must come from elsewhere.',
  );

export const otherCafOutcomes: readonly DsptOutcome[] = [
  unmapped('A1.b', 'Roles and responsibilities'),
  unmapped('A1.c', 'Decision-making'),
  unmapped('A2.b', 'Assurance'),
  unmapped('B1.b', 'Policy, process and procedure implementation'),
  unmapped('B2.b', 'Device management'),
  unmapped('B3.d', 'Mobile data'),
  unmapped('B3.e', 'Media and equipment sanitisation'),
  unmapped('B4.b', 'Secure configuration'),
  unmapped('B4.c', 'Secure management'),
  unmapped('B5.b', 'Design for resilience'),
  unmapped('B6.a', 'Cyber security culture'),
  unmapped('B6.b', 'Cyber security training'),
  unmapped('C1.c', 'Generating alerts'),
  unmapped('C1.d', 'Identifying security incidents'),
  unmapped('C1.e', 'Monitoring tools and skills'),
  unmapped('C2.a', 'System abnormalities for attack detection'),
  unmapped('C2.b', 'Proactive attack discovery'),
  unmapped('D1.b', 'Response and recovery capability'),
  unmapped('D1.c', 'Testing and exercising'),
  unmapped('D2.b', 'Using incidents to drive improvements'),
];
