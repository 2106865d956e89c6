import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: '访问令牌：以 “Authorization: Bearer <令牌>” 发送' })
  accessToken: string;

  @Field({
    description:
      '为 true 时密码为管理员设置的临时密码：须先 changePassword，此前令牌只能用于 me、changePassword 与 logout',
  })
  mustChangePassword: boolean;
}
