/** @module actor-conflicts — the same action given to different actors by different sources ("X vetoed" vs "Y vetoed"). */
import type { Comparison } from '../../../core/index.ts';
import type { CompareContext } from '../compare-context.ts';
import { contentTerms } from '../claims/find-claims.ts';

type Conflict = Comparison['conflicts'][number];

/** Only people, organisations and countries act in the sense compared here; two actors must be of one kind. */
const ACTOR_TYPES = new Set(['person', 'organization', 'country']);

/** Objects agree when either is unknown or they share an entity or a content word ("the resolution" / "a UN resolution"). */
function sameObject(x: string | null, y: string | null): boolean {
  if (!x || !y || x === y) return true;
  const wx = contentTerms(x), wy = contentTerms(y);
  return [...wx].some((w) => wy.has(w));
}

/**
 * Aligned claims whose verb and object are the same but whose actors differ, where neither claim mentions the
 * other's actor at all (so "A and B vetoed" vs "B vetoed" is no conflict: B is named in both).
 */
export function findActorConflicts(ctx: CompareContext): Conflict[] {
  const out: Conflict[] = [];
  const name = (id: string) => ctx.extraction.entities.find((e) => e.id === id)?.name ?? id;
  for (const p of ctx.alignment.pairs) {
    if (p.similarity < ctx.opts.alignThreshold) break;
    const { a, b } = p;
    // The cheap slot tests first: most of a big story's million pairs fail them.
    if (!a.actor || !b.actor || a.actor === b.actor || !a.action || a.action !== b.action) continue;
    if (ctx.groupOf.get(a.documentId) === ctx.groupOf.get(b.documentId)) continue;
    if (b.entityIds.includes(a.actor) || a.entityIds.includes(b.actor)) continue;
    if (!sameObject(a.object, b.object)) continue;
    if (a.quotes.length > 0 || b.quotes.length > 0) continue;
    const ta = ctx.extraction.entities.find((e) => e.id === a.actor)?.type, tb = ctx.extraction.entities.find((e) => e.id === b.actor)?.type;
    if (!ta || ta !== tb || !ACTOR_TYPES.has(ta)) continue;
    out.push({
      topic: `who ${ctx.byId.get(a.documentId)!.text.slice(a.actionSpan!.start, a.actionSpan!.end)}`,
      values: [{ value: name(a.actor), evidence: [a.span] }, { value: name(b.actor), evidence: [b.span] }],
    });
  }
  return out;
}
