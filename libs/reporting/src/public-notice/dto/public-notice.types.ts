import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { IdField, Trim } from '@village/platform-common';
import { ArtefactKind } from '../canonical-form';
import type { CheckpointCountersignEntity } from '../checkpoint-countersign.entity';
import type { DigestCheckpointEntity } from '../digest-checkpoint.entity';
import type { PublicArtefactView, Verification } from '../public-notice.service';
import type { PublishedArtefactEntity } from '../published-artefact.entity';
import '../artefact-kind';

@ObjectType('CheckpointCountersign', { description: '检查点的会签：镇或村务监督委员会核对后确认' })
export class CheckpointCountersignType {
  @Field({ description: '会签单位' })
  unitName: string;

  @Field({ description: '身份：镇 或 村务监督委员会' })
  capacity: string;

  @Field({ description: '会签人' })
  signerName: string;

  @Field()
  statement: string;

  @Field()
  createdAt: Date;

  static from(e: CheckpointCountersignEntity): CheckpointCountersignType {
    return Object.assign(new CheckpointCountersignType(), e);
  }
}

@ObjectType('DigestCheckpoint', {
  description:
    '公开记录链的签名检查点：本区前 seq 条记录的链以 rootHash 结尾。签名为 Ed25519，签名内容为 "village-digest-log/1\\n区编号\\nseq\\nrootHash"（UTF-8）',
})
export class DigestCheckpointType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '覆盖的记录条数' })
  seq: number;

  @Field({ description: '第 seq 条记录的 entryHash' })
  rootHash: string;

  @Field({ description: '签名公钥（Ed25519 原始 32 字节，base64）' })
  publicKey: string;

  @Field({ description: '签名（base64）' })
  signature: string;

  @Field({ description: '签名时间' })
  signedAt: Date;

  @Field(() => [CheckpointCountersignType], { description: '会签' })
  countersigns: CheckpointCountersignType[];

  static from(
    e: DigestCheckpointEntity,
    countersigns: CheckpointCountersignEntity[] = [],
  ): DigestCheckpointType {
    return Object.assign(new DigestCheckpointType(), {
      id: e.id,
      seq: e.seq,
      rootHash: e.rootHash,
      publicKey: e.publicKey,
      signature: e.signature,
      signedAt: e.createdAt,
      countersigns: countersigns.map(CheckpointCountersignType.from),
    });
  }
}

@ObjectType('PublicArtefact', {
  description:
    '一项已公开的内容（免登录）：canonical 为其规范文本（键名排序、无空白、数字均为字符串的 JSON，见 docs/public-notice-format.md），digest = SHA-256(canonical 的 UTF-8 字节)，entryHash = SHA-256(prevHash + "|" + "seq|kind|artefactId|digest")',
})
export class PublicArtefactType {
  @Field(() => ID, { description: '公开内容编号（公示、荣誉榜或发放方案的编号），即公开页面地址中的编号' })
  artefactId: string;

  @Field(() => ArtefactKind)
  kind: ArtefactKind;

  @Field()
  title: string;

  @Field({ description: '规范文本：页面显示的内容即由此解析' })
  canonical: string;

  @Field({ description: '摘要（SHA-256，小写十六进制）' })
  digest: string;

  @Field(() => Int, { description: '在本区公开记录链中的序号' })
  seq: number;

  @Field()
  prevHash: string;

  @Field()
  entryHash: string;

  @Field({ description: '登记入链时间' })
  loggedAt: Date;

  @Field(() => DigestCheckpointType, {
    nullable: true,
    description: '首个覆盖本条的签名检查点（印在纸质公示上）',
  })
  checkpoint: DigestCheckpointType | null;

  static from(view: PublicArtefactView): PublicArtefactType {
    return Object.assign(new PublicArtefactType(), {
      ...PublishedArtefactType.from(view.entry),
      canonical: view.entry.canonical,
      prevHash: view.entry.prevHash,
      entryHash: view.entry.entryHash,
      checkpoint: view.checkpoint ? DigestCheckpointType.from(view.checkpoint, view.countersigns) : null,
    });
  }
}

@ObjectType('PublishedArtefact', { description: '本辖区已公开并登记入链的内容' })
export class PublishedArtefactType {
  @Field(() => ID)
  artefactId: string;

  @Field(() => ArtefactKind)
  kind: ArtefactKind;

  @Field()
  title: string;

  @Field()
  digest: string;

  @Field(() => Int)
  seq: number;

  @Field(() => ID, { nullable: true })
  villageId: string | null;

  @Field(() => ID, { nullable: true })
  townId: string | null;

  @Field(() => ID)
  districtId: string;

  @Field()
  loggedAt: Date;

  static from(e: PublishedArtefactEntity): PublishedArtefactType {
    return Object.assign(new PublishedArtefactType(), {
      artefactId: e.artefactId,
      kind: e.kind,
      title: e.title,
      digest: e.digest,
      seq: e.seq,
      villageId: e.villageId,
      townId: e.townId,
      districtId: e.districtId,
      loggedAt: e.createdAt,
    });
  }
}

@ObjectType('NoticeVerification', { description: '任何人都可请求的核验结果' })
export class NoticeVerificationType {
  @Field({ description: '该内容在本区公开记录链中' })
  inLog: boolean;

  @Field({ description: '按系统现有数据重新生成的规范文本，其摘要与登记时一致（公示后未被改动）' })
  unchanged: boolean;

  @Field({ description: '本区公开记录链逐条重算无误' })
  chainIntact: boolean;

  @Field({ description: '每个签名检查点都在链上且签名有效' })
  checkpointsValid: boolean;

  @Field(() => Boolean, { nullable: true, description: '与提供的（先前印出的）检查点一致；未提供时为空' })
  printedCheckpointConsistent: boolean | null;

  @Field(() => String, { nullable: true })
  loggedDigest: string | null;

  @Field(() => String, { nullable: true })
  recomputedDigest: string | null;

  @Field(() => [String], { description: '发现的问题（中文）；为空表示一致' })
  problems: string[];

  static from(v: Verification): NoticeVerificationType {
    return Object.assign(new NoticeVerificationType(), v);
  }
}

@InputType({ description: '会签一个检查点：核对根摘要后确认' })
export class CountersignCheckpointInput {
  @IdField({ description: '检查点' })
  checkpointId: string;

  @Field({ description: '您核对的根摘要（64 位十六进制）' })
  @Trim()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: '应为 64 位十六进制字符' })
  rootHash: string;

  @Field({ description: '会签意见，最多 300 字' })
  @Trim()
  @IsNotEmpty({ message: '不能为空' })
  @MaxLength(300, { message: '不能超过 300 个字' })
  statement: string;
}

@ArgsType()
export class VerifyArtefactArgs {
  @IdField({ description: '公开内容编号' })
  id: string;

  @Field(() => Int, { nullable: true, description: '先前印出的检查点：覆盖条数' })
  @IsOptional()
  @IsInt({ message: '应为正整数' })
  @Min(1, { message: '应为正整数' })
  checkpointSeq?: number | null;

  @Field(() => String, { nullable: true, description: '先前印出的检查点：根摘要（64 位十六进制）' })
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: '应为 64 位十六进制字符' })
  checkpointRoot?: string | null;
}

@ArgsType()
export class DistrictArgs {
  @IdField({ description: '区' })
  districtId: string;
}
