import { Module } from '@nestjs/common';
import { SeedOnBootService } from './seed-on-boot.service';
import { SeedService } from './seed.service';

@Module({
  providers: [SeedService, SeedOnBootService],
  exports: [SeedService],
})
export class SeedModule {}
