/** After a section opens (next frame, once its panel is rendered), bring it into view without jumping past its top. */
export function scrollOpenedIntoView(id: string): void {
  requestAnimationFrame(() => {
    document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
  });
}
