import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ComponentOf<T> = T extends ComponentType<infer Props> ? ComponentType<Props> : never;

/**
 * React.lazy for a component exported by name (lazy() takes only a module's default export): the
 * module becomes a chunk of its own, fetched when the component first renders.
 */
export function lazyNamed<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<ComponentOf<Module[Name]>> {
  return lazy(async () => ({ default: (await load())[name] as ComponentOf<Module[Name]> }));
}
