import { describe, expect, it } from 'vitest';
import { sources } from '../../src/catalogue/citations.js';
import { informationStandardsOnSuppliers } from '../../src/catalogue/information-standards.js';
import { article6Bases, article9Conditions, schedule1Conditions } from '../../src/catalogue/lawful-bases.js';
import {
  internetFirst,
  likelihoodWords,
  optOutDirectCare,
  overallMatrix,
  scoringBasis,
  severityWords,
} from '../../src/catalogue/privacy-guidance.js';
import { transferMechanisms } from '../../src/catalogue/transfers.js';
import { pdsSandboxTestNumbers, isTestNhsNumber, isValidNhsNumber } from '../../src/core/formats.js';
import { legalBasis } from '../../src/emit/clinical/wording.js';

/**
 * Law and guidance as they stand on 2026-12-01, each fact pinned to the words it must carry and
 * the public source it must cite. The expected words are written here, not read from the code.
 */
const urls = (list: readonly { url: string }[]) => list.map((s) => s.url);

describe('Data (Use and Access) Act 2025', () => {
  it('Art. 6(1)(ea) recognised legitimate interest: in force since 5 February 2026, Annex 1, not for public tasks', () => {
    const ea = article6Bases['6(1)(ea)'];
    expect(ea.words).toContain('recognised legitimate interest');
    expect(ea.words).toContain('in force since 5 February 2026');
    expect(ea.words).toContain('Annex 1');
    expect(ea.words).toContain('not available to a public authority');
    expect(urls(ea.sources)).toEqual([
      'https://www.legislation.gov.uk/ukpga/2025/18/section/70',
      'https://www.legislation.gov.uk/uksi/2026/82/regulation/2/made',
    ]);
    // s.70(2)(a): public task is now "a task of the controller".
    expect(article6Bases['6(1)(e)'].words).toContain('a task of the controller');
  });

  it('transfers: approved by regulations, safeguards with the data protection test, or a derogation', () => {
    expect(transferMechanisms['approved-by-regulations']).toMatchObject({ lawful: true, needsTest: false });
    expect(transferMechanisms['approved-by-regulations'].words).toContain('Art. 45A');
    expect(transferMechanisms.adequacy.words).toContain(
      'treated as regulations approving transfers under Art. 45A',
    );
    expect(urls(transferMechanisms.adequacy.sources)).toContain(
      'https://www.legislation.gov.uk/ukpga/2025/18/schedule/9/paragraph/25',
    );
    for (const k of ['safeguards', 'idta', 'addendum'] as const) {
      expect(transferMechanisms[k], k).toMatchObject({ lawful: true, needsTest: true });
      expect(transferMechanisms[k].words, k).toContain('data protection test is met');
      expect(urls(transferMechanisms[k].sources), k).toContain(
        'https://www.legislation.gov.uk/eur/2016/679/article/46',
      );
    }
    expect(transferMechanisms.derogation.words).toContain('Art. 49');
    expect(transferMechanisms.none.lawful).toBe(false);
    for (const m of Object.values(transferMechanisms))
      expect(urls(m.sources)).toContain('https://www.legislation.gov.uk/ukpga/2025/18/schedule/7');
  });

  it('s.121: information standards may apply to IT providers, named in the safety case’s legal basis', () => {
    expect(informationStandardsOnSuppliers.text).toContain('5 February 2026');
    expect(informationStandardsOnSuppliers.text).toContain('s.121 and Schedule 15');
    expect(informationStandardsOnSuppliers.text).toContain('providers of IT products and services');
    expect(urls(informationStandardsOnSuppliers.sources)).toContain(
      'https://www.legislation.gov.uk/ukpga/2025/18/schedule/15',
    );
    expect(legalBasis).toContain(informationStandardsOnSuppliers.text);
  });
});

describe('Data Protection Act 2018 Schedule 1', () => {
  it('ties each Art. 9 condition to the Schedule 1 part s.10 requires', () => {
    expect(article9Conditions['9(2)(h)']).toMatchObject({ schedule1Part: 1, defaultCondition: 'pt1-para2' });
    expect(article9Conditions['9(2)(i)']).toMatchObject({ schedule1Part: 1, defaultCondition: 'pt1-para3' });
    expect(article9Conditions['9(2)(j)']).toMatchObject({ schedule1Part: 1, defaultCondition: 'pt1-para4' });
    expect(article9Conditions['9(2)(b)']).toMatchObject({ schedule1Part: 1, defaultCondition: 'pt1-para1' });
    expect(article9Conditions['9(2)(g)'].schedule1Part).toBe(2);
    expect(article9Conditions['9(2)(a)'].schedule1Part).toBeUndefined();
    expect(schedule1Conditions['pt1-para2'].words).toContain('health or social care purposes');
    expect(schedule1Conditions['pt2-para18'].words).toContain(
      'safeguarding of children and of individuals at risk',
    );
    expect(sources.dpaSection10.url).toBe('https://www.legislation.gov.uk/ukpga/2018/12/section/10');
  });
});

describe('NHS England guidance', () => {
  it('the national data opt-out does not apply to direct care, with the official source', () => {
    expect(optOutDirectCare.text).toContain('does not apply');
    expect(optOutDirectCare.text).toContain('beyond the individual’s care and treatment');
    expect(urls(optOutDirectCare.sources)).toEqual([
      'https://digital.nhs.uk/services/national-data-opt-out/operational-policy-guidance-document/what-are-national-data-opt-outs',
    ]);
  });

  it('Internet First: TLS over the internet is normal practice', () => {
    expect(internetFirst.text).toContain('made available on the internet');
    expect(urls(internetFirst.sources)).toEqual(['https://digital.nhs.uk/services/internet-first/policy']);
  });

  it('risk ratings agree with NHS England’s GP Connect DPIA and use its words in its layout', () => {
    expect(overallMatrix.possible[1]).toBe('medium'); // reasonable possibility x some impact
    expect(overallMatrix.remote[1]).toBe('low'); // remote x some impact
    expect(overallMatrix.remote[0]).toBe('low'); // remote x minimal impact
    expect(likelihoodWords['nhs-england']).toEqual({
      remote: 'remote',
      possible: 'reasonable possibility',
      probable: 'more likely than not',
    });
    expect(severityWords['nhs-england']).toEqual({
      minimal: 'minimal impact',
      significant: 'some impact',
      severe: 'serious harm',
    });
    expect(urls(scoringBasis.sources)).toContain(
      'https://digital.nhs.uk/services/gp-connect/gp-connect-in-your-organisation/gp-connect-privacy-notice/impact-assessment/identify-and-assess-risks',
    );
  });
});

describe('NHS numbers', () => {
  it('counts NHS England’s PDS sandbox test patients as test numbers, and refuses 0000000000', () => {
    expect(pdsSandboxTestNumbers).toEqual(['9000000009', '9000000017', '9000000025', '9000000033']);
    for (const n of pdsSandboxTestNumbers) {
      expect(isValidNhsNumber(n), n).toBe(true);
      expect(isTestNhsNumber(n), n).toBe(true);
    }
    expect(isTestNhsNumber('9000000041')).toBe(false);
    expect(isValidNhsNumber('0000000000')).toBe(false);
    expect(urls([sources.pdsSandbox])[0]).toContain('NHSDigital/personal-demographics-service-api');
  });
});
