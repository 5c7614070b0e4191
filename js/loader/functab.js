// Writing back the Go runtime's findfunctab, which the build took out of
// ttshim's modules' data (wasm/cmd/packwasm): 55,000 tiny data segments,
// 9 % of ttshim.wasm, every one of them a function index the loader can
// compute. The module's "ttshim.findfunctab" section says where the table
// is, how many 20-byte buckets it has, and how many buckets each function
// takes; bucket i holds function i / that. It is written before Go runs:
// the runtime finds a PC's function through it for every frame of a stack
// it grows or scans (without it, by a search through every function).
const BUCKET_SIZE = 20;

export function writeFuncTab(module, memory) {
  const [section] = WebAssembly.Module.customSections(module, "ttshim.findfunctab");
  if (!section) return;
  const fields = new DataView(section);
  const address = fields.getUint32(0, true);
  const buckets = fields.getUint32(4, true);
  const perFunction = fields.getUint32(8, true);
  const words = new DataView(memory.buffer, address, buckets * BUCKET_SIZE);
  for (let i = 0; i < buckets; i++) words.setUint32(i * BUCKET_SIZE, Math.floor(i / perFunction), true);
}
