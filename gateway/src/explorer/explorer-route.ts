/**
 * `GET /`: the explorer. With the demo issuer on, the page comes with a demo caller's token in
 * the headers (the caseworker by default; `?as=` and `?purpose=` pick another), so a newcomer can
 * run the saved examples at once. Without it, the page asks for the user's own token.
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

export function createExplorerRoute(options: ExplorerRouteOptions) {
  const planHeader: Record<string, string> = options.production ? {} : { 'Apollo-Query-Plan-Experimental': '1' };
  const anonymous = renderExplorerPage({ endpoint: options.graphqlPath, defaultHeaders: { Authorization: 'Bearer <your token>', ...planHeader } });
  return async (req: Request, res: Response) => {
    if (!options.demoIssuerKey) return void res.type('html').send(anonymous);
    const as: DemoIdentityKey = isDemoIdentityKey(String(req.query.as)) ? (String(req.query.as) as DemoIdentityKey) : 'caseworker';
    const requested = String(req.query.purpose);
    const purpose = (PURPOSES_OF_USE as readonly string[]).includes(requested)
      ? (requested as PurposeOfUse)
      : DEMO_IDENTITIES[as].defaultPurpose;
    const token = await mintDemoToken(options.demoIssuerKey, as, purpose);
    const page = renderExplorerPage({ endpoint: options.graphqlPath, defaultHeaders: { Authorization: `Bearer ${token}`, ...planHeader }, actingAs: as });
    // The last </body>: GraphiQL's inlined script contains the string too.
    const end = page.lastIndexOf('</body>');
    res.type('html').send(`${page.slice(0, end)}${identityPickerHtml({ as, purpose })}${page.slice(end)}`);
  };
}
