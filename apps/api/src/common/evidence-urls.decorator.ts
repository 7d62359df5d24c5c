import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { EVIDENCE_LINK_MAX_LENGTH, EVIDENCE_LINKS_MAX, evidenceLinkProblem } from '@pnq/domain';
import { ArrayMaxSize, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';

/** One evidence link by the rule of libs/domain (http(s), no credentials, no invisible characters, no internal address). */
function IsEvidenceLink(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEvidenceLink',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && evidenceLinkProblem(value) === null,
        defaultMessage: (args) =>
          `the evidence link "${String(args?.value).slice(0, 200)}" ${typeof args?.value === 'string' ? evidenceLinkProblem(args.value) : 'is not text'}`,
      },
    },
    { each: true },
  );
}

/** An optional list of evidence links: at most 20, each one a link any reader can open (libs/domain evidenceLinkProblem). */
export function EvidenceUrlsField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { nullable: true, description: 'Links to evidence (http/https, public addresses), at most 20.' }),
    IsOptional(),
    ArrayMaxSize(EVIDENCE_LINKS_MAX),
    IsString({ each: true }),
    MaxLength(EVIDENCE_LINK_MAX_LENGTH, { each: true }),
    IsEvidenceLink(),
  );
}
