import { describe, expect, it } from 'vitest';
import { canBeSecret, secretNameKind } from '../../src/import/secrets/names.js';
import { findTextSecrets, redactText } from '../../src/import/secrets/text.js';
import { SecretScanner } from '../../src/import/secrets/scan.js';
import type { credentialStore } from '../../src/import/secrets/store-advice.js';

describe('a setting whose name says it holds a credential, in any case or position', () => {
  it.each([
    ['fhirDBPassword', 'password'],
    ['db_pwd', 'password'],
    ['apiKey', 'key'],
    ['api_key', 'key'],
    ['AUTH-TOKEN', 'token'],
    ['ftp_password', 'password'],
    ['FTPPASSWD', 'password'],
    ['AUTH_DB_PASSOWRD', 'password'],
    ['passwordHash', 'hash'],
    ['passwordSalt', 'hash'],
    ['auth-salt', 'hash'],
    ['customTokenID', 'token'],
    ['client_secret', 'credential'],
    ['SOAPCredentials', 'credential'],
    ['smtp_pass', 'password'],
    ['keyStorePassword', 'password'],
  ])('%s is a %s', (name, kind) => expect(secretNameKind(name)).toBe(kind));

  it.each([
    'keyStore',
    'primaryKey',
    'quoteToken',
    'PassFilter',
    'Passive',
    'tokenUrl',
    'passwordRequired',
    'This is a key',
    'keyboard',
    'monkey',
    'description',
  ])('%s is not', (name) => expect(secretNameKind(name)).toBeUndefined());

  it('a small number or an enumeration under such a name is a choice, not a secret', () => {
    expect(canBeSecret('key', '0')).toBe(false);
    expect(canBeSecret('token', 'BINARY_SECURITY_TOKEN')).toBe(false);
    expect(canBeSecret('key', 'DS.sample.xml')).toBe(false);
    expect(canBeSecret('password', '1234')).toBe(true);
  });
});

describe('credentials written into text', () => {
  it.each([
    ['Set fhirDBPassword=S3cret before deploying', 'Set fhirDBPassword=[withheld] before deploying'],
    ['db_pwd: S3cret', 'db_pwd: [withheld]'],
    ['{"apiKey": "S3cret-key"}', '{"apiKey": "[withheld]"}'],
    ['see https://svc:S3cret@epr.example.nhs.uk/in', 'see https://epr.example.nhs.uk/in'],
    ['Authorization: Bearer abcdefghijklmnop1234', 'Authorization: Bearer [withheld]'],
    [
      '<password isVariable="false">IUuxS3cretBlob==</password>',
      '<password isVariable="false">[withheld]</password>',
    ],
  ])('%s', (text, redacted) => expect(redactText(text)).toBe(redacted));

  it('a value that is itself the name of a credential is read as the next pair', () => {
    expect(redactText('applies: ApiKey = x7Hq9Lw2')).toBe('applies: ApiKey = [withheld]');
    expect(redactText('mode=password=S3cret')).toBe('mode=password=[withheld]');
    expect(redactText('auth: Basic; user: svc')).toBe('auth: Basic; user: svc');
  });

  it('a private key is withheld whole', () => {
    const text = 'key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB\n-----END RSA PRIVATE KEY-----\nend';
    expect(redactText(text)).toBe('key:\n[withheld]\nend');
  });

  it('in code only literal values count', () => {
    expect(findTextSecrets('var token = getToken();', 'code')).toEqual([]);
    expect(findTextSecrets("var token = 'S3cret-token';", 'code')).toHaveLength(1);
  });
});

describe('the withheld-credential warning names the store of the engine the export came from', () => {
  const warning = (engine?: Parameters<typeof credentialStore>[0]) => {
    const scanner = new SecretScanner('export.xml', engine);
    scanner.setting('password', 'hunter2-not-a-ref', '/x/password', 3);
    const [d] = scanner.diagnostics();
    return d!.message;
  };
  it.each([
    ['rhapsody', 'Rhapsody variable'],
    ['iris', 'Interoperability > Configure > Credentials'],
    ['iguana', 'Iguana environment variable'],
    ['mirth', 'configuration map'],
  ] as const)('%s: %s', (engine, store) => {
    const message = warning(engine);
    expect(message).toContain(store);
    expect(message).not.toContain('hunter2');
    for (const other of ['Rhapsody', 'Iguana', 'Interoperability', 'configuration map'])
      if (!store.includes(other) && !(engine === 'rhapsody' && other === 'Rhapsody'))
        expect(message).not.toContain(other);
  });
  it('an engine without a named store gets general advice, naming no other engine', () => {
    const message = warning('cloverleaf');
    expect(message).toContain('protected settings or a secret store');
    expect(message).not.toMatch(/Mirth|Rhapsody|InterSystems|Iguana/);
  });
});
