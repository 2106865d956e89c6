import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: '访问令牌：以 “Authorization: Bearer <令牌>” 发送' })
  accessToken: string;
}
