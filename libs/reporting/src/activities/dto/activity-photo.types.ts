import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IdField } from '@village/platform-common';
import { EvidenceFileInput } from '@village/scoring';
import type { VolunteerActivityPhotoEntity } from '../volunteer-activity-photo.entity';

@InputType({ description: '上传一张活动照片（活动进行中；结束时作为各参与者登记的佐证）' })
export class AddActivityPhotoInput {
  @IdField({ description: '活动' })
  activityId: string;

  @Field(() => EvidenceFileInput, { description: 'JPEG 或 PNG 照片，不超过 2 MB' })
  @ValidateNested()
  @Type(() => EvidenceFileInput)
  photo: EvidenceFileInput;
}

@ObjectType('VolunteerActivityPhoto', { description: '活动照片' })
export class VolunteerActivityPhotoType {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'SHA-256（十六进制）' })
  sha256: string;

  @Field()
  createdAt: Date;

  static from(e: VolunteerActivityPhotoEntity): VolunteerActivityPhotoType {
    return Object.assign(new VolunteerActivityPhotoType(), {
      id: e.id,
      fileName: e.fileName,
      contentType: e.contentType,
      sizeBytes: e.sizeBytes,
      sha256: e.sha256,
      createdAt: e.createdAt,
    });
  }
}
