import { registerLabelledEnum } from '@village/platform-common';

/** A template is edited as a DRAFT; once PUBLISHED it never changes (a change is a new version). */
export enum TemplateStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerLabelledEnum(TemplateStatus, 'ContractTemplateStatus', '契约模板状态', {
  DRAFT: '草稿',
  PUBLISHED: '已发布（不可修改）',
});
