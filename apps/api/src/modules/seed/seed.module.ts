import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { SeedOnBootService } from './seed-on-boot.service';
import { SeedService } from './seed.service';

@Module({
  imports: [UserModule],
  providers: [SeedService, SeedOnBootService],
  exports: [SeedService],
})
export class SeedModule {}
