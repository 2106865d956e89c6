import { Column, PrimaryColumn } from 'typeorm';
import { ItemColumns } from './item-columns';

/**
 * An item its authors edit inside a draft version (a framework's, a town manual's or a village list's
 * own items): ordered, withdrawn rather than deleted, and marked `published` when its version is, so the
 * read-from-below policy and the immutability trigger need no join. The entity adds its parent.
 */
export abstract class DraftItemColumns extends ItemColumns {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'boolean', default: false })
  withdrawn: boolean;

  @Column({ type: 'boolean', default: false })
  published: boolean;
}
