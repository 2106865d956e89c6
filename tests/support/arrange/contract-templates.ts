import { Role } from '@village/platform-common';
import { CONTRACT_COLOURS, ContractColour, ContractTemplateService } from '@village/contracts';
import type { OrgRef } from '@village/platform-tenancy';
import {
  DEMO_DISTRICT_TEMPLATES,
  DEMO_SONGCUN_BLUE_EXTENSION,
} from '../../../apps/api/src/demo/demo-contracts.data';
import type { TestApp } from '../test-app';
import { arrangeRulebook } from './rulebook';
import { systemContext } from './system-context';

export { DEMO_SONGCUN_BLUE_EXTENSION as TOWN_BLUE_EXTENSION };

/**
 * The district's five published contract templates, with the demo's contents, and a published BLUE
 * extension (宋村镇's contents) for each town in `blueExtensionTowns`, through the template service —
 * after the rulebook their item codes come from (the demo's framework, and manuals for those towns).
 */
export async function arrangeContractTemplates(
  t: TestApp,
  district: OrgRef,
  blueExtensionTowns: OrgRef[] = [],
): Promise<Record<ContractColour, string>> {
  await arrangeRulebook(t, district, blueExtensionTowns);
  const templates = t.app.get(ContractTemplateService);
  const ctx = systemContext(district, Role.DISTRICT_ADMIN);
  const published = async (
    unitId: string,
    colour: ContractColour,
    content: typeof DEMO_SONGCUN_BLUE_EXTENSION,
  ) => {
    const draft = await templates.create(ctx, { unitId, colour, ...content, clauses: [...content.clauses] });
    return (await templates.publish(ctx, draft.id)).id;
  };
  const ids = {} as Record<ContractColour, string>;
  for (const colour of CONTRACT_COLOURS) {
    ids[colour] = await published(district.id, colour, DEMO_DISTRICT_TEMPLATES[colour]);
  }
  for (const town of blueExtensionTowns) {
    await published(town.id, ContractColour.BLUE, DEMO_SONGCUN_BLUE_EXTENSION);
  }
  return ids;
}
