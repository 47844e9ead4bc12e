import { descendants, type XmlElement } from '../xml/tree.js';

/**
 * What a JavaScript Reader or Writer's script talks to, from the client classes and Mirth
 * helpers it names. The script is read as text, never run: a hint for the person who names
 * the system, not a fact.
 */
const clients: Array<[RegExp, string]> = [
  [/\bcom\.rabbitmq\.client\b/, 'RabbitMQ (AMQP)'],
  [/\borg\.apache\.kafka\b/, 'Kafka'],
  [/\b(javax|jakarta)\.jms\b|\borg\.apache\.activemq\b/, 'a JMS queue'],
  [/\bDatabaseConnectionFactory\b|\bjava\.sql\.DriverManager\b/, 'a database (JDBC)'],
  [/\bcom\.jcraft\.jsch\b/, 'SFTP'],
  [/\borg\.apache\.commons\.net\.ftp\b/, 'FTP'],
  [
    /\borg\.apache\.http\b|\bjava\.net\.(HttpURLConnection|URL)\b|\bjava\.net\.http\.HttpClient\b|\bokhttp3\b/,
    'HTTP',
  ],
  [/\bjavax\.mail\b|\bSMTPConnectionFactory\b/, 'email (SMTP)'],
  [/\bsoftware\.amazon\.awssdk\b|\bcom\.amazonaws\b/, 'AWS'],
  [/\bcom\.azure\b|\bcom\.microsoft\.azure\b/, 'Azure'],
  [/\brouter\.routeMessage(ByChannelId)?\s*\(/, 'another Mirth channel (router.routeMessage)'],
  [/\bjava\.io\.File(Writer|OutputStream)\b|\bFileUtil\.write\b/, 'files'],
  [/\bjava\.net\.Socket\b/, 'a TCP socket'],
];

export function scriptHints(
  connector: XmlElement,
  part: 'properties' | 'transformer' = 'properties',
): string[] {
  const props = connector.children.find((c) => c.name === part);
  if (!props) return [];
  const text = [...descendants(props)]
    .filter((d) => d.name === 'script' || (d.name === 'property' && d.attrs['name'] === 'script'))
    .map((d) => d.text)
    .join('\n');
  if (!text) return [];
  return clients.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
}
