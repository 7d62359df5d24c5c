import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUrl, MaxLength } from 'class-validator';

/** An optional list of evidence links: at most 20 http(s) URLs of at most 2000 characters. */
export function EvidenceUrlsField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { nullable: true, description: 'Links to evidence (http/https), at most 20.' }),
    IsOptional(),
    ArrayMaxSize(20),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' }),
    MaxLength(2000, { each: true }),
  );
}
