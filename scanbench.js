// Scanner-only timing: the daily sheet pre-inflated into the stream's chunk size, fed to WorksheetReader N times.
const JSZip=require('jszip'),fs=require('fs'),zlib=require('zlib');
const dir=process.argv[3]||'/work/main/dist-node';
const {WorksheetReader}=require(dir+'/src/host/xlsx/read/worksheet.js');
const {cellFormats,sharedStrings}=require(dir+'/src/host/xlsx/read/parts.js');
(async()=>{
const zip=await JSZip.loadAsync(fs.readFileSync(process.argv[2]));
const inf=(p)=>zlib.inflateRawSync(zip.file(p)._data.compressedContent);
const ctx={formats:cellFormats(inf('xl/styles.xml').toString()),strings:sharedStrings(inf('xl/sharedStrings.xml').toString()),date1904:false};
const buf=inf('xl/worksheets/sheet2.xml');const CH=256*1024;const chunks=[];for(let i=0;i<buf.length;i+=CH)chunks.push(buf.subarray(i,i+CH));
const times=[];let rows=0;
for(let r=0;r<6;r++){const t=performance.now();const rd=new WorksheetReader('d',ctx,{columnsFor:()=>[1,2,3,4,5,6,7,8]});for(const c of chunks)rd.feed(c);const g=rd.finish();rows=g.values.length;times.push(performance.now()-t);}
times.sort((a,b)=>a-b);console.log('scan ms min',times[0].toFixed(0),'median',times[3].toFixed(0),'rows',rows);
})();
