/**
 * Public sources the privacy reference data is checked against. Each fact in the catalogue names
 * the sources it rests on, so a reader (and a test) can trace every sentence an IG lead signs back
 * to the text it came from. Pages were read as they stood on 1 December 2026.
 */
export interface Citation {
  title: string;
  url: string;
}

const cite = (title: string, url: string): Citation => ({ title, url });

export const sources = {
  duaaS70: cite(
    'Data (Use and Access) Act 2025, section 70 (lawfulness of processing)',
    'https://www.legislation.gov.uk/ukpga/2025/18/section/70',
  ),
  duaaCommencement: cite(
    'The Data (Use and Access) Act 2025 (Commencement No. 6 and Transitional and Saving Provisions) Regulations 2026 (SI 2026/82), regulation 2',
    'https://www.legislation.gov.uk/uksi/2026/82/regulation/2/made',
  ),
  duaaSchedule7: cite(
    'Data (Use and Access) Act 2025, Schedule 7 (transfers of personal data to third countries: general processing)',
    'https://www.legislation.gov.uk/ukpga/2025/18/schedule/7',
  ),
  ukGdprArticle46: cite(
    'UK GDPR Article 46 as amended (transfers subject to appropriate safeguards)',
    'https://www.legislation.gov.uk/eur/2016/679/article/46',
  ),
  duaaSchedule9: cite(
    'Data (Use and Access) Act 2025, Schedule 9 paragraph 25 (adequacy regulations treated as approved by regulations under Article 45A)',
    'https://www.legislation.gov.uk/ukpga/2025/18/schedule/9/paragraph/25',
  ),
  duaaSchedule15: cite(
    'Data (Use and Access) Act 2025, section 121 and Schedule 15 (information standards for health and adult social care in England)',
    'https://www.legislation.gov.uk/ukpga/2025/18/schedule/15',
  ),
  hsca2012s250: cite(
    'Health and Social Care Act 2012, section 250 (powers to publish information standards), as amended',
    'https://www.legislation.gov.uk/ukpga/2012/7/section/250',
  ),
  hsca2012s251b: cite(
    'Health and Social Care Act 2012, section 251B (duty to share information)',
    'https://www.legislation.gov.uk/ukpga/2012/7/section/251B',
  ),
  hsca2012s254: cite(
    'Health and Social Care Act 2012, section 254 (powers to direct NHS England to establish information systems)',
    'https://www.legislation.gov.uk/ukpga/2012/7/section/254',
  ),
  hsca2012s259: cite(
    'Health and Social Care Act 2012, section 259 (powers to require and request provision of information)',
    'https://www.legislation.gov.uk/ukpga/2012/7/section/259',
  ),
  nhsAct2006s251: cite(
    'National Health Service Act 2006, section 251 (control of patient information)',
    'https://www.legislation.gov.uk/ukpga/2006/41/section/251',
  ),
  copiRegulations: cite(
    'The Health Service (Control of Patient Information) Regulations 2002',
    'https://www.legislation.gov.uk/uksi/2002/1438/contents/made',
  ),
  dpaSchedule1: cite(
    'Data Protection Act 2018, Schedule 1 (special categories of personal data)',
    'https://www.legislation.gov.uk/ukpga/2018/12/schedule/1',
  ),
  dpaSection10: cite(
    'Data Protection Act 2018, section 10 (special categories of personal data)',
    'https://www.legislation.gov.uk/ukpga/2018/12/section/10',
  ),
  ukGdprArticle32: cite(
    'UK GDPR Article 32 (security of processing)',
    'https://www.legislation.gov.uk/eur/2016/679/article/32',
  ),
  optOutPolicy: cite(
    'NHS England, National data opt-out operational policy guidance, chapter 2: What are national data opt-outs?',
    'https://digital.nhs.uk/services/national-data-opt-out/operational-policy-guidance-document/what-are-national-data-opt-outs',
  ),
  internetFirst: cite(
    'NHS Digital, Internet First policy, version 2.01 (28 January 2020)',
    'https://digital.nhs.uk/services/internet-first/policy',
  ),
  icoDpia: cite(
    'ICO, Data protection impact assessments: how do we do a DPIA?',
    'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/how-do-we-do-a-dpia/',
  ),
  gpConnectDpiaRisks: cite(
    'NHS England, Data Protection Impact Assessment: Direct Care APIs (GP Connect), Identify and assess risks',
    'https://digital.nhs.uk/services/gp-connect/gp-connect-in-your-organisation/gp-connect-privacy-notice/impact-assessment/identify-and-assess-risks',
  ),
  gpConnectDpiaItems: cite(
    'NHS England, Data Protection Impact Assessment: Direct Care APIs (GP Connect), Is it necessary to collect and process all data items?',
    'https://digital.nhs.uk/services/gp-connect/gp-connect-in-your-organisation/gp-connect-privacy-notice/impact-assessment/is-it-necessary-to-collect-and-process-all-data-items',
  ),
  gpConnectPrivacyNotice: cite(
    'NHS England, GP Connect privacy notice (Section 254 direction; roles of NHS England and GP practices)',
    'https://digital.nhs.uk/services/gp-connect/gp-connect-in-your-organisation/gp-connect-privacy-notice',
  ),
  nhsmailDpia: cite(
    'NHS England, NHSmail Data Protection Impact Assessment (section headings of the NHS England DPIA template)',
    'https://support.nhs.net/knowledge-base/data-protection-impact-assessment/',
  ),
  sharedCareIgFramework: cite(
    'NHS England, Information Governance Framework for Integrated Health and Care: Shared Care Records',
    'https://transform.england.nhs.uk/information-governance/guidance/summary-of-information-governance-framework-shared-care-records/',
  ),
  dsptNews162: cite(
    'DSPT news 162, DSPT Audit 25-26 Areas of Mandatory Audit (22 September 2025)',
    'https://dsptoolkit.nhs.uk/News/162',
  ),
  dsptAuditNews: cite(
    'DSPT news, DSPT Independent Assurance and Audit 2024-25 (29 November 2024)',
    'https://dsptoolkit.nhs.uk/News/auditnews',
  ),
  dsptNews152: cite(
    'DSPT news 152, DSPT 2024-25 audit guide for all outcomes (18 December 2024)',
    'https://dsptoolkit.nhs.uk/News/152',
  ),
  ncscCafC1b: cite(
    'NCSC Cyber Assessment Framework, contributing outcome C1.b Securing logs',
    'https://www.ncsc.gov.uk/collection/cyber-assessment-framework',
  ),
  rmcAppendix2: cite(
    'Records Management Code of Practice 2021 (updated 7 August 2023), Appendix II: retention schedule',
    'https://digital.nhs.uk/data-and-information/information-governance/guidance/records-management-code-of-practice/appendix-ii',
  ),
  pdsSandbox: cite(
    'NHS England, Personal Demographics Service FHIR API sandbox test patients (NHSDigital/personal-demographics-service-api, sandbox/src/services/patients.js and sandbox/mocks)',
    'https://github.com/NHSDigital/personal-demographics-service-api/tree/master/sandbox',
  ),
  dataDictionaryNhsNumber: cite(
    'NHS Data Dictionary, NHS Number',
    'https://www.datadictionary.nhs.uk/data_dictionary/attributes/n/nhs/nhs_number_de.asp',
  ),
} as const;

export type SourceId = keyof typeof sources;
