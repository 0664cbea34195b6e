import csv,statistics,collections,sys
base='./'  # run from this directory
def load(p):
    rows={}
    for i,l in enumerate(open(p)):
        if i==0: continue
        f=l.rstrip('\n').split('\t'); rows[int(f[0])]=(f[1],f[2],int(f[3]))
    return rows
x=[load(base+'mix-100000-xmess%d.tsv'%i) for i in (1,2)]
lu=[load(base+'mix-100000-lucene%d.tsv'%i) for i in (1,2)]
def q(v,p):
    v=sorted(v); return v[min(len(v)-1,int(len(v)*p))]
out=[]
for pair_name,pairs in (('pair 1 (SDK fork 1, Lucene fork 1)',[(x[0],lu[0])]),('pair 2',[(x[1],lu[1])]),('best of the two forks per engine and query (lowest of the two per-query medians)',None)):
    d=collections.defaultdict(list); allr=[]
    for qi in x[0]:
        klass=x[0][qi][0]
        if pairs: s=pairs[0][0][qi][2]; l=pairs[0][1][qi][2]
        else: s=min(x[0][qi][2],x[1][qi][2]); l=min(lu[0][qi][2],lu[1][qi][2])
        r=l/s; d[klass].append(r)
        if klass not in ('by id','two filters'): allr.append(r)
    out.append(f'{pair_name}: all free text median {statistics.median(allr):.2f}x p10 {q(allr,0.1):.2f}x worst {min(allr):.2f}x slower-than-Lucene {sum(r<1 for r in allr)}/75; text+filter+facets median {statistics.median(d["text+filter+facets"]):.2f}x worst {min(d["text+filter+facets"]):.2f}x')
    if not pairs:
        for k,v in d.items(): out.append(f'  {k}: median {statistics.median(v):.2f}x p10 {q(v,0.1):.2f}x worst {min(v):.2f}x (n={len(v)})')
print('\n'.join(out))
