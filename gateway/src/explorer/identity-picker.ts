/**
 * The explorer's "acting as" picker for the demo identities: a small bar over GraphiQL. Picking
 * an identity or purpose reloads the page with `?as=&purpose=`; the server renders GraphiQL with
 * that caller's demo token already in the Authorization header. Only when the demo issuer is on.
 */
import { PURPOSES_OF_USE } from '../../../subgraphs/shared/security/caller.js';
import { DEMO_IDENTITIES } from '../auth/demo-identities.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function identityPickerHtml(selected: { as: string; purpose: string }): string {
  const option = (value: string, label: string, current: string) =>
    `<option value="${escape(value)}"${value === current ? ' selected' : ''}>${escape(label)}</option>`;
  const identities = Object.entries(DEMO_IDENTITIES).map(([key, who]) => option(key, who.label, selected.as)).join('');
  const purposes = PURPOSES_OF_USE.map((p) => option(p, p, selected.purpose)).join('');
  return `<form id="hub-identity-picker" method="get" action="/" style="position:fixed;bottom:8px;right:12px;z-index:10;
    font:13px system-ui,sans-serif;background:#fff;border:1px solid #ccc;border-radius:6px;padding:6px 10px;box-shadow:0 1px 4px #0002">
    <label>Acting as <select name="as" onchange="this.form.submit()">${identities}</select></label>
    <label style="margin-left:8px">purpose of use <select name="purpose" onchange="this.form.submit()">${purposes}</select></label>
    <span style="margin-left:8px;color:#666">demo identities · synthetic data</span>
  </form>`;
}
