import { describe, expect, it } from 'vitest';
import { parseJdbc, redactText, redactUrl } from '../../src/import/secrets/redact.js';

describe('credential-free connection strings', () => {
  it.each([
    ['https://user:S3cret@epr.example.nhs.uk:8443/adt?apikey=K3y#x', 'https://epr.example.nhs.uk:8443/adt'],
    ['jdbc:mysql://root:S3cret@db:3306/pas?useSSL=true', 'jdbc:mysql://db:3306/pas'],
    [
      'jdbc:oracle:thin:scott/S3cret@db.example.nhs.uk:1521:PAS',
      'jdbc:oracle:thin:@db.example.nhs.uk:1521:PAS',
    ],
    [
      'jdbc:sqlserver://db:1433;databaseName=audit;user=mirth;password=S3cret;encrypt=true',
      'jdbc:sqlserver://db:1433;databaseName=audit;encrypt=true',
    ],
    ['jdbc:postgresql://db/x?user=a&password=S3cret', 'jdbc:postgresql://db/x'],
    ['sftp://svc:S3cret@files.example.nhs.uk/in', 'sftp://files.example.nhs.uk/in'],
  ])('%s', (raw, safe) => {
    expect(redactUrl(raw)).toBe(safe);
    expect(redactUrl(raw)).not.toContain('S3cret');
  });

  it('reads TLS options from JDBC URLs', () => {
    expect(parseJdbc('jdbc:mysql://db:3306/pas?useSSL=true')).toEqual({
      vendor: 'MySQL',
      host: 'db',
      port: '3306',
      database: 'pas',
      tls: true,
    });
    expect(parseJdbc('jdbc:postgresql://db:5432/x?sslmode=disable')?.tls).toBe(false);
    expect(parseJdbc('jdbc:sqlserver://db:1433;databaseName=audit;password=S3cret')).toEqual({
      vendor: 'SQL Server',
      host: 'db',
      port: '1433',
      database: 'audit',
    });
    expect(parseJdbc('not a jdbc url')).toBeUndefined();
  });

  it('withholds credentials written into free text', () => {
    expect(redactText('login password: S3cret, token=abc123 and Bearer abcdefghijklmnop')).toBe(
      'login password: [withheld], token=[withheld] and Bearer [withheld]',
    );
  });
});
