import { Module } from '@nestjs/common';
import { HonoursResolver } from './honours.resolver';
import { HonoursService } from './honours.service';

/** Honours (评先选优): district honour types, village nominations, the town's approval and list. */
@Module({
  providers: [HonoursService, HonoursResolver],
  exports: [HonoursService],
})
export class HonoursModule {}
