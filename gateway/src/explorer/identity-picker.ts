/**
 * The explorer's "acting as" picker for the demo identities: a small bar over GraphiQL. Picking
 * an identity or purpose reloads the page with `?as=&purpose=`; the server renders GraphiQL with
 * that caller's demo token already in the Authorization header. Only when the demo issuer is on.
 * A break-glass reason box declares an emergency (`?btg=`); while one is in force the bar says so.
 */
import { PURPOSES_OF_USE } from '../../../subgraphs/shared/security/caller.js';
import { DEMO_IDENTITIES } from '../auth/demo-identities.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PickerSelection {
  as: string;
  purpose: string;
  /** The emergency declared for this page's token, if any. */
  breakGlass?: { reason: string; minutes: number };
}

export function identityPickerHtml(selected: PickerSelection): string {
  const option = (value: string, label: string, current: string) =>
    `<option value="${escape(value)}"${value === current ? ' selected' : ''}>${escape(label)}</option>`;
  const identities = Object.entries(DEMO_IDENTITIES).map(([key, who]) => option(key, who.label, selected.as)).join('');
  const purposes = PURPOSES_OF_USE.map((p) => option(p, p, selected.purpose)).join('');
  return `<form id="hub-identity-picker" method="get" action="/" style="position:fixed;bottom:8px;right:12px;z-index:10;
    font:13px system-ui,sans-serif;background:#fff;border:1px solid #ccc;border-radius:6px;padding:6px 10px;box-shadow:0 1px 4px #0002">
    <label>Acting as <select name="as" onchange="this.form.submit()">${identities}</select></label>
    <label style="margin-left:8px">purpose of use <select name="purpose" onchange="this.form.submit()">${purposes}</select></label>
    ${breakGlassControl(selected)}
    <span style="margin-left:8px;color:#666">demo identities · synthetic data</span>
  </form>`;
}

/** Empty box and button; or, with an emergency declared, a warning and the way back. */
function breakGlassControl({ as, breakGlass }: PickerSelection): string {
  if (!breakGlass) {
    return `<label style="margin-left:8px">break-glass reason <input name="btg" size="24" maxlength="500"
      placeholder="emergency only"></label> <button type="submit">Break the glass</button>`;
  }
  return `<input type="hidden" name="btg" value="${escape(breakGlass.reason)}">
    <strong id="hub-break-glass" style="margin-left:8px;color:#b00020">BREAK-GLASS for ${breakGlass.minutes} min:
    ${escape(breakGlass.reason)}. Every request is flagged for the privacy officer.</strong>
    <a href="?as=${escape(as)}" style="margin-left:6px">end</a>`;
}
