import { PlanRef } from '@pnq/ui';
import { Link } from 'react-router-dom';

/** An action named by its reference (isolated left to right) and title, leading to its page with the screen's search (the date). */
export function ActionRefLink({ action, search }: { action: { ref: string; title: string }; search: string }) {
  return (
    <Link to={{ pathname: `/actions/${action.ref}`, search }}>
      <strong>
        <PlanRef value={action.ref} />
      </strong>{' '}
      {action.title}
    </Link>
  );
}
