import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  NotFoundException,
  Permission,
  type Page,
} from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';
import {
  RequestContext,
  TenantDb,
  villageTenant,
  type TenantTx,
  requireVisibleVillage,
} from '@village/platform-tenancy';
import { GridEntity } from '@village/residents';
import { todayInChina } from '@village/platform-common';
import { requireActiveResidents, residentsById } from '../common/village-members';
import type { CreatePostInput } from './dto/create-post.input';
import type { AssignPostHolderInput, EndPostAssignmentInput } from './dto/post-assignment.input';
import { PostAssignmentType, PostType } from './dto/post.type';
import { PostAssignmentEntity } from './post-assignment.entity';
import { PostEntity } from './post.entity';

/** Self-governance posts of grids and the terms of their holders. */
@Injectable()
export class PostService {
  constructor(private readonly db: TenantDb) {}

  list(
    ctx: RequestContext,
    filter: { villageId: string; gridId?: string; limit: number; offset: number },
  ): Promise<Page<PostType>> {
    return this.db.run(ctx, async (tx) => {
      await requireVisibleVillage(tx, filter.villageId);
      const query = tx
        .createQueryBuilder(PostEntity, 'post')
        .where('post.villageId = :villageId', { villageId: filter.villageId })
        .orderBy('post.gridId', 'ASC')
        .addOrderBy('post.createdAt', 'ASC')
        .addOrderBy('post.id', 'ASC')
        .take(filter.limit)
        .skip(filter.offset);
      if (filter.gridId) query.andWhere('post.gridId = :gridId', { gridId: filter.gridId });
      const [posts, total] = await query.getManyAndCount();
      return { items: await this.withHolders(tx, posts), total };
    });
  }

  findOne(ctx: RequestContext, id: string): Promise<PostType> {
    return this.db.run(ctx, async (tx) => {
      const [post] = await this.withHolders(tx, [await this.requirePost(tx, id)]);
      return post;
    });
  }

  /** Every term of a post, ended ones included: who held it when. */
  history(ctx: RequestContext, postId: string): Promise<PostAssignmentType[]> {
    return this.db.run(ctx, async (tx) => {
      const post = await this.requirePost(tx, postId);
      const terms = await tx.find(PostAssignmentEntity, {
        where: { postId: post.id },
        order: { startDate: 'ASC', createdAt: 'ASC' },
      });
      const residents = await residentsById(
        tx,
        terms.map((a) => a.residentId),
      );
      return terms.map((a) => PostAssignmentType.from(a, residents));
    });
  }

  create(ctx: RequestContext, input: CreatePostInput): Promise<PostType> {
    return this.db.run(ctx, async (tx) => {
      const grid = await tx.findOne(GridEntity, { where: { id: input.gridId } });
      if (!grid) throw new NotFoundException('gridId：找不到该网格，或您无权查看');
      const village = await requireVisibleVillage(tx, grid.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.GRID_MANAGE, village);
      const post: Omit<PostEntity, 'createdAt'> = {
        id: randomUUID(),
        ...villageTenant(village),
        gridId: grid.id,
        name: input.name.trim(),
        duties: input.duties ?? '',
        itemCodes: [...new Set(input.itemCodes ?? [])],
        createdBy: ctx.user?.id ?? null,
      };
      try {
        await tx.insert(PostEntity, post);
      } catch (error) {
        if (isUniqueViolation(error, 'uq_post_grid_name')) {
          throw new ConflictException(`网格「${grid.name}」已有岗位「${post.name}」`, [
            { field: 'name', reasons: ['本网格已有同名岗位'] },
          ]);
        }
        throw error;
      }
      return PostType.from(await tx.findOneByOrFail(PostEntity, { id: post.id }), []);
    });
  }

  assign(ctx: RequestContext, input: AssignPostHolderInput): Promise<PostAssignmentType> {
    return this.db.run(ctx, async (tx) => {
      const post = await this.requirePost(tx, input.postId);
      const village = await requireVisibleVillage(tx, post.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.GRID_MANAGE, village);
      if (input.endDate && input.endDate < input.startDate) {
        throw BadInputException.field('endDate', '任期结束日期不能早于开始日期');
      }
      const residents = await requireActiveResidents(tx, village.id, [input.residentId], 'residentId');
      // Serialise terms of one person on one post, so two concurrent requests cannot both pass the check.
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `post_assignment:${post.id}:${input.residentId}`,
      ]);
      const overlapping = await tx
        .createQueryBuilder(PostAssignmentEntity, 'a')
        .where('a.postId = :postId AND a.residentId = :residentId', {
          postId: post.id,
          residentId: input.residentId,
        })
        .andWhere(new Brackets((q) => q.where('a.endDate IS NULL').orWhere('a.endDate >= :start')))
        .andWhere(input.endDate ? 'a.startDate <= :end' : 'TRUE')
        .setParameters({ start: input.startDate, end: input.endDate ?? null })
        .getOne();
      if (overlapping) {
        throw new ConflictException(
          `该村民在此岗位已有重叠的任期（${overlapping.startDate} 起${overlapping.endDate ? `至 ${overlapping.endDate}` : ''}）`,
          [{ field: 'startDate', reasons: ['与已有任期重叠'] }],
        );
      }
      const assignment: Omit<PostAssignmentEntity, 'createdAt'> = {
        id: randomUUID(),
        ...villageTenant(village),
        postId: post.id,
        residentId: input.residentId,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        endReason: null,
        createdBy: ctx.user?.id ?? null,
        endedBy: null,
      };
      await tx.insert(PostAssignmentEntity, assignment);
      return PostAssignmentType.from(assignment as PostAssignmentEntity, residents);
    });
  }

  end(ctx: RequestContext, input: EndPostAssignmentInput): Promise<PostAssignmentType> {
    return this.db.run(ctx, async (tx) => {
      const assignment = await tx.findOne(PostAssignmentEntity, { where: { id: input.assignmentId } });
      if (!assignment) throw new NotFoundException('assignmentId：找不到该任期记录，或您无权查看');
      const village = await requireVisibleVillage(tx, assignment.villageId);
      ctx.auditTarget = village;
      ctx.assertCan(Permission.GRID_MANAGE, village);
      if (assignment.endReason !== null) {
        throw new ConflictException(`该任期已于 ${assignment.endDate} 结束`);
      }
      if (input.endDate < assignment.startDate) {
        throw BadInputException.field('endDate', `任期结束日期不能早于开始日期 ${assignment.startDate}`);
      }
      // A planned end may be brought forward, not pushed back: a later term may already follow it.
      if (assignment.endDate && input.endDate > assignment.endDate) {
        throw BadInputException.field('endDate', `不能晚于原定任期结束日期 ${assignment.endDate}`);
      }
      const ended = { endDate: input.endDate, endReason: input.reason.trim(), endedBy: ctx.user?.id ?? null };
      // Only a term not yet ended is changed: a concurrent end loses instead of overwriting.
      const result = await tx
        .createQueryBuilder()
        .update(PostAssignmentEntity)
        .set(ended)
        .where('id = :id AND end_reason IS NULL', { id: assignment.id })
        .execute();
      if (!result.affected) throw new ConflictException('该任期已结束');
      return PostAssignmentType.from(
        { ...assignment, ...ended },
        await residentsById(tx, [assignment.residentId]),
      );
    });
  }

  private async requirePost(tx: TenantTx, id: string): Promise<PostEntity> {
    const post = await tx.findOne(PostEntity, { where: { id } });
    if (!post) throw new NotFoundException('postId：找不到该岗位，或您无权查看');
    return post;
  }

  /** Current holders of many posts with their residents: two queries whatever the number of posts. */
  private async withHolders(tx: TenantTx, posts: PostEntity[]): Promise<PostType[]> {
    if (!posts.length) return [];
    const today = todayInChina();
    const assignments = await tx
      .createQueryBuilder(PostAssignmentEntity, 'a')
      .where({ postId: In(posts.map((p) => p.id)) })
      .andWhere('a.startDate <= :today', { today })
      .andWhere(new Brackets((q) => q.where('a.endDate IS NULL').orWhere('a.endDate >= :today', { today })))
      .orderBy('a.startDate', 'ASC')
      .getMany();
    const residents = await residentsById(
      tx,
      assignments.map((a) => a.residentId),
    );
    return posts.map((post) =>
      PostType.from(
        post,
        assignments.filter((a) => a.postId === post.id).map((a) => PostAssignmentType.from(a, residents)),
      ),
    );
  }
}
