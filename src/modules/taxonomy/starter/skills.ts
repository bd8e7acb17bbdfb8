// All starter skills.
import { starterSkills1 } from './skills-1.ts';
import { starterSkills2 } from './skills-2.ts';
import { starterSkills3 } from './skills-3.ts';
import type { StarterSkill } from './types.ts';

export const starterSkills: StarterSkill[] = [...starterSkills1, ...starterSkills2, ...starterSkills3];
