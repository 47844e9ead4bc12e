/** Words that name a data format or a message family, not a system. */
const notSystems =
  /^(secure|insecure|new|old|test|demo|example|sample|simple|basic|my|hl7|hl7v2|hl7v3|v2|fhir|json|xml|csv|cda|pdf|dicom|x12|edi|raw|text|txt|file|files|db|database|http|https|mllp|tcp|soap|rest|api|channel|writer|reader|dest|destination|source|adt|oru|orm|oml|mdm|siu|dft|rde|ras|vxu|mfn|ack|msg|message|messages|in|out|\d+)$/i;
const families = /^(adt|oru|orm|oml|mdm|siu|dft|rde|ras|vxu|mfn|ref|ppr|bar)[\s_-]+/i;

function clean(part: string): string | undefined {
  const s = part
    .replace(/[_]+/g, ' ')
    .replace(families, '')
    .replace(/[\s-]+(adt|oru|orm|oml|mdm|siu|dft|rde|ras|vxu|mfn|ref|results?|orders?|messages?|feed)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = s.split(' ').filter(Boolean);
  if (words.length === 0 || words.every((w) => notSystems.test(w))) return undefined;
  // "LIMS results SFTP", "EPR share": the trailing words say how or what, not who
  while (words.length > 1 && trailingWords.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Words at the end of a system's part of a channel name that describe the link. */
const trailingWords =
  /^(sftp|ftp|ftps|smb|share|folder|dir|directory|mllp|tcp|llp|http|https|soap|rest|api|webdav|s3|file|files|feed|feeds|results?|orders?|reports?|messages?|msgs?|queue|in|out|inbound|outbound)$/i;

/**
 * Systems a channel's name says it joins, when it follows the common SOURCE_TO_TARGET form:
 * ADT_PAS_TO_EPR gives PAS and EPR; json_to_hl7 names formats, not systems, and gives nothing.
 */
export function systemsFromChannelName(name: string): { source?: string; target?: string } {
  const m = /^(.+?)[\s_-]+to[\s_-]+(.+)$/i.exec(name.trim());
  if (!m) return {};
  const out: { source?: string; target?: string } = {};
  const source = clean(m[1]!);
  const target = clean(m[2]!.replace(/[\s_-]+(channel|writer|dest|destination)s?$/gi, ''));
  if (source) out.source = source;
  if (target) out.target = target;
  return out;
}

/** The system a destination's name gives when it says where it sends: "To EPR", "Send to PAS". */
export function systemFromDestinationName(name: string): string | undefined {
  const m = /^(?:.*\b)?to\s+(.+)$/i.exec(name.trim());
  if (!m) return undefined;
  const s = m[1]!.replace(/[\s_-]+(channel|writer|sender|destination)$/i, '').trim();
  const words = s.split(/\s+/).filter(Boolean);
  return words.length === 0 || words.every((w) => notSystems.test(w)) ? undefined : s;
}
