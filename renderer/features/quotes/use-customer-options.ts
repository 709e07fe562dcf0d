import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { getProfile } from '../../db/repos/account';
import { listEntities } from '../../db/repos/entities';
import { listQuotes } from '../../db/repos/quotes';
import { customerOptions, type CustomerOptions } from './customer-options';

const NONE: CustomerOptions = { organizations: [], contacts: [] };

/**
 * The organizations and contacts already used, read once when a step opens: the draft itself changes with every
 * keystroke, and re-reading every quote then would only offer what the user is typing.
 */
export function useCustomerOptions(current: string): CustomerOptions {
  const [options, setOptions] = useState<CustomerOptions>(NONE);
  useEffect(() => {
    let live = true;
    const database = db();
    void Promise.all([listQuotes(database), getProfile(database), listEntities(database)]).then(([quotes, profile, entities]) => {
      if (live) setOptions(customerOptions(quotes, profile, entities, current));
    });
    return () => {
      live = false;
    };
  }, [current]);
  return options;
}
