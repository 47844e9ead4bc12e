import type { EngineKind } from '../../model/written.js';

/**
 * Where each engine keeps a credential out of its exported configuration, in the engine's own
 * words, so the warning tells the integration lead the place they will find in their console.
 * Sources: Mirth Connect user guide (Settings > Configuration Map); Rhapsody 6 documentation,
 * "Rhapsody Variables" (Variables Manager, encrypted variables); InterSystems documentation,
 * "Defining Reusable Items for Use in Settings" (Interoperability > Configure > Credentials);
 * iNTERFACEWARE, "Configuration Management" (Settings > Environment Variables); Apache Camel,
 * "Property Placeholders" and its vault components.
 */
const stores: Partial<Record<EngineKind | 'camel', string>> = {
  mirth: "the server's configuration map (Settings > Configuration Map), referred to as ${name}",
  'open-integration-engine':
    "the engine's configuration map (Settings > Configuration Map), referred to as ${name}",
  rhapsody: 'an encrypted Rhapsody variable (Variables Manager), referred to as $(Name)',
  iris: 'a production credential (Interoperability > Configure > Credentials), named in the Credentials setting',
  ensemble: 'a production credential (Ensemble > Configure > Credentials), named in the Credentials setting',
  healthshare:
    'a production credential (Interoperability > Configure > Credentials), named in the Credentials setting',
  iguana: 'an Iguana environment variable (Settings > Environment Variables)',
  camel: 'a property placeholder resolved from a vault or the environment, never the route file',
};

/** The advice for an engine's credential store, or a general one for engines without a named store. */
export function credentialStore(engine: EngineKind | 'camel' | undefined): string {
  return (engine && stores[engine]) ?? "the engine's protected settings or a secret store";
}
