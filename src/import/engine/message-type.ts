/** "ADT_A08" (an InterSystems docName, a Cloverleaf TRXID) gives ADT^A08; structures and wildcards give nothing. */
export function messageType(name: string): string | undefined {
  const m = /^([A-Z][A-Z0-9]{2})_([A-Z0-9]{3})$/.exec(name.trim());
  return m ? `${m[1]}^${m[2]}` : undefined;
}
