/** @module action-words — the verbs different sources choose for the same reported act ("resigned" / "stepped down"). */
import type { Comparison } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import { countSources } from '../../../lib/provenance-index.ts';

type Framing = Comparison['framing'][number];

/** For claims several sources make about the same actor, the main verbs when they differ between sources. */
export function actionWordFraming(ctx: CompareContext): Framing[] {
  const out: Framing[] = [];
  for (const cl of ctx.alignment.clusters) {
    if (countSources(cl.map((c) => c.documentId), ctx.groupOf) < 2) continue;
    // Same actor, different verb: the same act told in other words (claims about different acts are not framing).
    const withVerb = cl.filter((c) => c.action && c.actionSpan && c.actor);
    if (new Set(withVerb.map((c) => c.actor)).size !== 1) continue;
    const actions = new Set(withVerb.map((c) => c.action));
    if (actions.size < 2 || withVerb.some((c) => c.quotes.length > 0)) continue;
    const variants = withVerb.map((c) => ({ text: ctx.byId.get(c.documentId)!.text.slice(c.actionSpan!.start, c.actionSpan!.end), evidence: [c.actionSpan!, c.span] }));
    out.push({ concept: `verbs for one reported act: ${variants.map((v) => v.text).join(' / ')}`, variants });
  }
  return out;
}
