import { Injectable } from '@nestjs/common';
import { notFound } from '@village/platform-common';
import { RequestContext, TenantDb, type TenantTx } from '@village/platform-tenancy';
import { describeRule, type ItemFields } from '@village/rulebook';
import { affectedCodes } from './item-changes';
import type { PersonPreview, VillageComparison } from './preview-compare';
import {
  defaultPreviewYear,
  requirePreviewDraft,
  type ManualParts,
  type PreviewDraft,
  type PreviewDraftRef,
} from './preview-draft';
import { previewVillage } from './preview-village';
import {
  villageRuleSets,
  villagesOf,
  type PreviewVillageRef,
  type VillageRuleSets,
} from './village-rule-sets';
import { readVillageYear } from './village-year.reader';

/** How one item reads in the village lists and in the draft, and in how many villages they differ. */
export interface ItemChange {
  code: string;
  name: string;
  currentRule: string;
  /** Null: the draft disables or removes it. */
  draftRule: string | null;
  villages: number;
}

export interface VillagePreview {
  village: PreviewVillageRef;
  /** Null when the village has adopted no list for the year: it has nothing to preview. */
  comparison: VillageComparison | null;
}

export interface DraftPreview {
  draft: PreviewDraft;
  year: number;
  changedItems: ItemChange[];
  villages: VillagePreview[];
}

export interface PeoplePreview {
  draft: PreviewDraft;
  year: number;
  village: VillagePreview;
  items: PersonPreview[];
  total: number;
}

export interface PeopleFilter {
  onlyChanged: boolean;
  limit: number;
  offset: number;
}

/** Whose grade or stars move first, then whose score moves, then everyone in the tally's name order. */
const weight = (p: PersonPreview) => (p.gradeChanged || p.starsChanged ? 2 : 0) + (p.scoreChanged ? 1 : 0);

/**
 * The what-if preview (issue 12, 预览影响): how a draft manual or framework would change this year's
 * scores, grades and stars in each village it reaches, recomputed from the ledger's acts under the
 * draft, beside the figures as they stand. One read-only transaction under the caller's scope: the
 * database itself refuses a write (SET TRANSACTION READ ONLY), and nothing is locked.
 */
@Injectable()
export class DraftPreviewService {
  constructor(private readonly db: TenantDb) {}

  preview(ctx: RequestContext, ref: PreviewDraftRef, year?: number | null): Promise<DraftPreview> {
    return this.db.run(ctx, async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const draft = await requirePreviewDraft(tx, ref);
      const previewYear = defaultPreviewYear(draft, year);
      const manuals = new Map<string, ManualParts>();
      const changes = new Map<string, ItemChange>();
      const villages: VillagePreview[] = [];
      for (const village of await villagesOf(tx, draft)) {
        const sets = await villageRuleSets(tx, draft, village.id, previewYear, manuals);
        if (sets) noteChanges(changes, sets);
        const result = sets && (await this.villageYear(tx, village, previewYear, sets));
        villages.push({ village, comparison: result?.summary ?? null });
      }
      const changedItems = [...changes.values()].sort((a, b) => a.code.localeCompare(b.code));
      return { draft, year: previewYear, changedItems, villages };
    });
  }

  people(
    ctx: RequestContext,
    ref: PreviewDraftRef,
    year: number | null | undefined,
    villageId: string,
    filter: PeopleFilter,
  ): Promise<PeoplePreview> {
    return this.db.run(ctx, async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const draft = await requirePreviewDraft(tx, ref);
      const previewYear = defaultPreviewYear(draft, year);
      const village = (await villagesOf(tx, draft)).find((v) => v.id === villageId);
      if (!village) throw notFound('villageId', '草稿所涉及的村');
      const sets = await villageRuleSets(tx, draft, village.id, previewYear, new Map());
      const result = sets ? await this.villageYear(tx, village, previewYear, sets) : null;
      const everyone = (result?.people ?? [])
        .map((person, order) => ({ person, order }))
        .sort((a, b) => weight(b.person) - weight(a.person) || a.order - b.order)
        .map(({ person }) => person);
      const shown = filter.onlyChanged
        ? everyone.filter((p) => p.gradeChanged || p.starsChanged || p.scoreChanged)
        : everyone;
      return {
        draft,
        year: previewYear,
        village: { village, comparison: result?.summary ?? null },
        items: shown.slice(filter.offset, filter.offset + filter.limit),
        total: shown.length,
      };
    });
  }

  private async villageYear(tx: TenantTx, village: PreviewVillageRef, year: number, sets: VillageRuleSets) {
    const codes = affectedCodes(sets.current.items, sets.draft.items);
    const read = await readVillageYear(tx, village.id, year, codes.read);
    return previewVillage(read, sets.current, sets.draft, codes);
  }
}

/** Adds the items a village's list and the draft score differently to the preview's list of changes. */
function noteChanges(changes: Map<string, ItemChange>, sets: VillageRuleSets): void {
  const codes = affectedCodes(sets.current.items, sets.draft.items);
  for (const code of codes.changed) {
    const current = sets.current.items.get(code);
    if (!current) continue;
    const next = sets.draft.items.get(code);
    const change = changes.get(code) ?? {
      code,
      name: current.name,
      currentRule: ruleText(current),
      draftRule: next ? ruleText(next) : null,
      villages: 0,
    };
    change.villages += 1;
    changes.set(code, change);
  }
}

/** The rule in one sentence, with the veto describeRule leaves to the item's flags. */
const ruleText = (item: ItemFields) => describeRule(item) + (item.veto ? '；一票否决' : '');
