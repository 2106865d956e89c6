import { Module } from '@nestjs/common';
import { PayoutResolver } from './payout.resolver';
import { PayoutService } from './payout.service';

/** The fund's payout plans (资金发放方案): draft, vote, post, pay. */
@Module({
  providers: [PayoutService, PayoutResolver],
  exports: [PayoutService],
})
export class PayoutModule {}
