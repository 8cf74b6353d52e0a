/**
 * `GET /`: the explorer. With the demo issuer on, the page comes with a demo caller's token in
 * the headers (the caseworker by default; `?as=` and `?purpose=` pick another), so a newcomer can
 * run the saved examples at once. Without it, the page asks for the user's own token.
 * `?btg=<reason>` declares an emergency (break-the-glass) for EXPLORER_BREAK_GLASS_MINUTES, as an
 * identity provider would; the purpose becomes ETREAT unless BTG was picked. Each data owner then
 * decides whether to honour it.
 */
import type { Request, Response } from 'express';
import type { CryptoKey } from 'jose';
import { PURPOSES_OF_USE, type PurposeOfUse } from '../../../subgraphs/shared/security/caller.js';
import { DEMO_IDENTITIES, isDemoIdentityKey, type DemoIdentityKey } from '../auth/demo-identities.js';
import { mintDemoToken } from '../auth/demo-issuer.js';
import { renderExplorerPage } from './explorer-page.js';
import { identityPickerHtml } from './identity-picker.js';

export interface ExplorerRouteOptions {
  graphqlPath: string;
  production: boolean;
  demoIssuerKey?: CryptoKey;
}

/** The demo emergency window: within every honouring owner's maximum (the schools allow 30). */
export const EXPLORER_BREAK_GLASS_MINUTES = 30;
const EMERGENCY_PURPOSES: readonly PurposeOfUse[] = ['ETREAT', 'BTG'];

export function createExplorerRoute(options: ExplorerRouteOptions) {
  const planHeader: Record<string, string> = options.production ? {} : { 'Apollo-Query-Plan-Experimental': '1' };
  const anonymous = renderExplorerPage({ endpoint: options.graphqlPath, defaultHeaders: { Authorization: 'Bearer <your token>', ...planHeader } });
  return async (req: Request, res: Response) => {
    if (!options.demoIssuerKey) return void res.type('html').send(anonymous);
    const as: DemoIdentityKey = isDemoIdentityKey(String(req.query.as)) ? (String(req.query.as) as DemoIdentityKey) : 'caseworker';
    const requested = String(req.query.purpose);
    const picked = (PURPOSES_OF_USE as readonly string[]).includes(requested)
      ? (requested as PurposeOfUse)
      : DEMO_IDENTITIES[as].defaultPurpose;
    const reason = typeof req.query.btg === 'string' ? req.query.btg.trim() : '';
    const breakGlass = reason ? { reason, minutes: EXPLORER_BREAK_GLASS_MINUTES } : undefined;
    const purpose = breakGlass && !EMERGENCY_PURPOSES.includes(picked) ? 'ETREAT' : picked;
    const token = await mintDemoToken(options.demoIssuerKey, as, purpose, { breakGlass });
    const page = renderExplorerPage({ endpoint: options.graphqlPath, defaultHeaders: { Authorization: `Bearer ${token}`, ...planHeader }, actingAs: as });
    // The last </body>: GraphiQL's inlined script contains the string too.
    const end = page.lastIndexOf('</body>');
    res.type('html').send(`${page.slice(0, end)}${identityPickerHtml({ as, purpose, breakGlass })}${page.slice(end)}`);
  };
}
