import { registerEnumType } from '@nestjs/graphql';

/** A template is edited as a DRAFT; once PUBLISHED it never changes (a change is a new version). */
export enum TemplateStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(TemplateStatus, {
  name: 'ContractTemplateStatus',
  description: '契约模板状态',
  valuesMap: { DRAFT: { description: '草稿' }, PUBLISHED: { description: '已发布（不可修改）' } },
});
