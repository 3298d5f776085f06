// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useOwnStyles } from './ownStyles';

function Part({ css }: { css: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useOwnStyles(ref, css);
  return <div ref={ref} />;
}

const styles = (root: ParentNode) => [...root.querySelectorAll('style')].map((s) => s.textContent);

describe('useOwnStyles (no constructed stylesheets, as in jsdom: a <style> element)', () => {
  it('puts a part’s CSS once into the document, however often the part renders', () => {
    render(
      <>
        <Part css=".a{color:red}" />
        <Part css=".a{color:red}" />
        <Part css=".b{color:blue}" />
      </>,
    );
    expect(styles(document.head)).toEqual(['.a{color:red}', '.b{color:blue}']);
  });

  it('puts it into the shadow root the part renders in, not the page', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    const before = styles(document.head).length;
    render(<Part css=".c{color:green}" />, { container: mount });
    expect(styles(shadow)).toEqual(['.c{color:green}']);
    expect(styles(document.head)).toHaveLength(before);
  });
});
