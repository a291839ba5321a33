(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-29"]={"p":"hLZWidhNkEiB"};
