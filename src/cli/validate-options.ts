/** The flags of `govspec validate`, read by the command and by the direct start alike. */
export const validateFormats = ['stylish', 'json', 'sarif'] as const;

export interface ValidateOptions {
  format: (typeof validateFormats)[number];
  asOf: string | undefined;
  config: string | undefined;
  quiet: boolean;
}
